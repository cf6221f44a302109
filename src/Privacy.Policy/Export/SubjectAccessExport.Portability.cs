using System;

namespace Privacy.Policy;

// The right to data portability (GDPR art. 20(1)): the data "concerning him or her, which he or she has provided to a
// controller", where the processing is "based on consent ... or on a contract" (20(1)(a)). The access export answers
// art. 15 with everything; a portability export holds only what art. 20 covers.
public sealed partial class SubjectAccessExport
{
    /// <summary>Whether this export is limited to what art. 20 covers.</summary>
    private bool _portability;

    /// <summary>
    /// Makes this a data-portability export (GDPR art. 20): it holds only the members whose legal basis, for at least one
    /// of their purposes, is <see cref="LegalBasis.Consent"/> or <see cref="LegalBasis.Contract"/> (art. 20(1)(a)) and
    /// that the person provided (art. 20(1)): data they gave actively (name, address, IBAN) and data observed from their
    /// use of the service (traffic, location, device identifiers), as the EDPB's guidelines on portability (WP242 rev.01)
    /// read "provided by", but not what the controller inferred or wrote about them: members of
    /// <see cref="Category.Marketing"/> (profiles and preferences for offers) and <see cref="Category.Correspondence"/>
    /// (notes and tickets about the person) are left out. The document says <c>"mode": "portability"</c>. Call it
    /// before any records are added.
    /// </summary>
    /// <returns>This export.</returns>
    /// <remarks>
    /// A member holding a nested personal-data value is judged by its own classification and, when kept, written whole.
    /// Shields (<see cref="Shield{T}(string, string)"/>) apply as in an access export (art. 20(4)).
    /// </remarks>
    /// <exception cref="InvalidOperationException">Records were already added, the export is complete, or an earlier add failed.</exception>
    public SubjectAccessExport ForPortability()
    {
        ThrowIfCompleted();
        if (_added.Count > 0)
        {
            throw new InvalidOperationException("Records were already added to this export as to an access export; start the portability export with ForPortability before adding any.");
        }

        _portability = true;
        return this;
    }

    /// <summary>
    /// Whether a member is written: every exportable member in an access export; in a portability export only one
    /// processed on consent or a contract that the person provided (art. 20(1)).
    /// </summary>
    private bool Writes(PersonalDataMember member)
    {
        if (!member.Exportable)
        {
            return false;
        }

        if (!_portability)
        {
            return true;
        }

        bool consentOrContract = false;
        foreach (LegalBasis basis in member.LegalBases)
        {
            consentOrContract |= basis is LegalBasis.Consent or LegalBasis.Contract;
        }

        return consentOrContract && ProvidedByTheSubject(member.Category);
    }

    /// <summary>
    /// Whether data of a category is provided by the person in art. 20's sense: given by them, or observed from their
    /// use of the service (WP242 rev.01, section II.1); not inferred or derived by the controller.
    /// </summary>
    private static bool ProvidedByTheSubject(Category category)
        => category is not (Category.Marketing or Category.Correspondence);

    /// <summary>Writes the document's <c>mode</c>: <c>portability</c> for art. 20, else <c>access</c> (art. 15).</summary>
    private void WriteMode() => _writer.WriteString("mode", _portability ? "portability" : "access");
}
