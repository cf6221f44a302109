using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Privacy.Policy.EntityFrameworkCore;

/// <summary>Checks of a context's model that need no database: what a retention sweep of it will need.</summary>
public static class PrivacyPolicyModelExtensions
{
    /// <summary>
    /// The retention anchors no index of the model leads: for each entity type a sweep of every type
    /// (<see cref="PrivacyPolicyDbContextExtensions.SweepRetentionAsync(DbContext, IPrivacyPolicy, int, System.Threading.CancellationToken)"/>)
    /// would reach, whose <c>[RetentionAnchor]</c> column is neither the first column of an index nor of the primary
    /// key, the entity type's name and the anchor's, as <c>Telecom.CallRow.CallStart</c>. Without that index a batch's
    /// statements read every row in the batch's key range to find the few whose retention has run out (each batch is
    /// bounded by the primary key, which is always indexed); with it the database can read the due rows alone. Run it
    /// in a test, so a model that loses the index fails the build: <c>Assert.Empty(context.Model.FindUnindexedRetentionAnchors())</c>.
    /// </summary>
    /// <param name="model">The model, as <c>context.Model</c> or a design-time model.</param>
    /// <returns>The anchors without an index, ordered by entity type; empty when every anchor has one.</returns>
    [RequiresUnreferencedCode("Reads the generated descriptors of the model's entity types with reflection.")]
    [RequiresDynamicCode("Reads the generated descriptors of the model's entity types with reflection.")]
    public static IReadOnlyList<string> FindUnindexedRetentionAnchors(this IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var missing = new List<string>();
        foreach (IEntityType entity in model.GetEntityTypes().Where(type => !type.IsOwned()).OrderBy(type => type.Name, StringComparer.Ordinal))
        {
            if (PrivacyPolicyDbContextExtensions.DescriptorOf(entity.ClrType) is not { RetentionAnchorMember: { } anchor } descriptor
                || PrivacyPolicyDbContextExtensions.HasDescribedBase(entity)
                || entity.FindProperty(anchor) is not { } column)
            {
                continue;
            }

            bool leads = column.GetContainingIndexes().Any(index => index.Properties[0] == column)
                         || column.GetContainingKeys().Any(key => key.Properties[0] == column);
            if (!leads)
            {
                missing.Add(descriptor.TypeName + "." + anchor);
            }
        }

        return missing;
    }
}
