#if !NET9_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>
/// The .NET 9 attribute, for the net8.0 build: C# 13 compilers read it by name, so a consumer on .NET 8 gets the same
/// overload as one on .NET 10 (<c>SubjectAccessExport.AddAsync</c> of an Entity Framework Core <c>DbSet</c>, which is
/// both enumerable and asynchronously enumerable, is read asynchronously).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class OverloadResolutionPriorityAttribute : Attribute
{
    /// <summary>Gives the member a priority.</summary>
    /// <param name="priority">Higher wins among applicable overloads.</param>
    public OverloadResolutionPriorityAttribute(int priority) => Priority = priority;

    /// <summary>The priority: higher wins among applicable overloads.</summary>
    public int Priority { get; }
}
#endif
