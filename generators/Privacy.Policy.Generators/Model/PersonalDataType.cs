namespace Privacy.Policy.Generators.Model;

/// <summary>
/// Everything the emitter needs to write one type's generated file. Generator models must stay equatable: they
/// hold strings, enums, booleans and <see cref="EquatableArray{T}"/>s only, never symbols or the compilation, so that
/// an edit elsewhere leaves this value equal and its output cached.
/// </summary>
internal sealed record PersonalDataType(
    string HintName,
    string? Namespace,
    EquatableArray<ContainingType> ContainingTypes,
    TypeShape Shape,
    string Name,
    string TypeParameters,
    string FullyQualifiedName,
    string DisplayName,
    bool IsSealed,
    bool IsGeneric,
    bool IsAssemblyAccessible,
    CopyStrategy Copy,
    string? PersonalBaseType,
    bool BaseIsRecord,
    bool DirectBaseIsGenerated,
    bool EmitToString,
    bool EmitPrintMembers,
    EquatableArray<DataMember> Members,
    EquatableArray<DataMember> InheritedMembers,
    string? DataSubjectMember,
    bool DataSubjectIsString,
    string? RetentionAnchorMember,
    bool RetentionAnchorIsNullable,
    int RetentionStart,
    string? ServiceAreaDutch,
    string? ServiceAreaEnglish,
    string? RetentionAnchorDutch,
    string? RetentionAnchorEnglish);
