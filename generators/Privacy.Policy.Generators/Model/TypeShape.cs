namespace Privacy.Policy.Generators.Model;

/// <summary>The kind of type declaration, which decides the keyword and how a copy is made.</summary>
internal enum TypeShape
{
    Class,
    Struct,
    Record,
    RecordStruct,
}
