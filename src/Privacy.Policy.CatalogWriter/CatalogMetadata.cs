using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Privacy.Policy.CatalogWriter;

/// <summary>
/// Reads the catalog out of a compiled assembly's metadata: the value of its
/// <c>[assembly: AssemblyMetadata("Privacy.Policy.Catalog", ...)]</c>. The assembly is never loaded, so a build of any
/// target framework (or a reference assembly) is read the same way and no code of it runs.
/// </summary>
internal static class CatalogMetadata
{
    /// <summary>The metadata key the source generator writes the catalog under.</summary>
    public const string Key = "Privacy.Policy.Catalog";

    /// <summary>The catalog JSON the assembly at <paramref name="path"/> carries; <see langword="null"/> when it carries none.</summary>
    /// <param name="path">The assembly's path.</param>
    /// <returns>The compact JSON text, or <see langword="null"/>.</returns>
    /// <exception cref="CatalogInputException">The file does not exist or is no .NET assembly.</exception>
    public static string? Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CatalogInputException($"{path} does not exist.");
        }

        try
        {
            using FileStream stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                throw new CatalogInputException($"{path} is not a .NET assembly (it has no metadata).");
            }

            MetadataReader reader = pe.GetMetadataReader();
            if (!reader.IsAssembly)
            {
                throw new CatalogInputException($"{path} is not a .NET assembly (it is a module).");
            }

            foreach (CustomAttributeHandle handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                CustomAttribute attribute = reader.GetCustomAttribute(handle);
                if (IsAssemblyMetadataAttribute(reader, attribute) && ReadArguments(reader, attribute) is { Key: Key } pair)
                {
                    return pair.Value;
                }
            }

            return null;
        }
        catch (Exception exception) when (exception is BadImageFormatException or InvalidOperationException)
        {
            throw new CatalogInputException($"{path} is not a .NET assembly.", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CatalogInputException($"{path} cannot be read: {exception.Message}", exception);
        }
    }

    /// <summary>Whether the attribute's constructor is <c>System.Reflection.AssemblyMetadataAttribute</c>'s.</summary>
    private static bool IsAssemblyMetadataAttribute(MetadataReader reader, CustomAttribute attribute)
    {
        EntityHandle type;
        switch (attribute.Constructor.Kind)
        {
            case HandleKind.MemberReference:
                type = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                break;
            case HandleKind.MethodDefinition:
                type = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
                break;
            default:
                return false;
        }

        return type.Kind switch
        {
            HandleKind.TypeReference => IsName(reader, reader.GetTypeReference((TypeReferenceHandle)type).Namespace, reader.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => IsName(reader, reader.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, reader.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => false,
        };

        static bool IsName(MetadataReader reader, StringHandle @namespace, StringHandle name)
            => reader.StringComparer.Equals(@namespace, "System.Reflection") && reader.StringComparer.Equals(name, "AssemblyMetadataAttribute");
    }

    /// <summary>
    /// The two string arguments of <c>AssemblyMetadataAttribute(string key, string? value)</c>, from the attribute's
    /// blob (ECMA-335 II.23.3: the prolog 0x0001, then each fixed argument as a SerString).
    /// </summary>
    private static (string? Key, string? Value)? ReadArguments(MetadataReader reader, CustomAttribute attribute)
    {
        BlobReader blob = reader.GetBlobReader(attribute.Value);
        if (blob.Length < 2 || blob.ReadUInt16() != 1)
        {
            return null;
        }

        string? key = blob.ReadSerializedString();
        string? value = blob.ReadSerializedString();
        return (key, value);
    }
}
