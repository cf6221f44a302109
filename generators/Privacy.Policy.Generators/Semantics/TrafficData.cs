using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Privacy.Policy.Generators.Classification;
using Privacy.Policy.Generators.Vocabulary;

namespace Privacy.Policy.Generators.Semantics;

/// <summary>
/// What the telecom analyzers (PRIV024, PRIV025, PRIV026) count as traffic data: "verkeersgegevens", data processed
/// to carry a communication over an electronic communications network or to bill it (Telecommunicatiewet art. 11.1,
/// the data art. 11.5 protects).
/// </summary>
/// <remarks>
/// <para>
/// A <em>communication record</em> is a type that, itself or through a base type, has a
/// <c>[PersonalData(Category.Usage)]</c> member of its own: the date, time and duration of a call or session, the number
/// called, the data volume. On such a record every <c>Category.Usage</c>, <c>Category.TechnicalIdentifier</c> (IMSI,
/// IMEI, IP and MAC address, SIM number, line number) and <c>Category.Location</c> (cell, coordinates) member is traffic
/// data: it says who communicated with whom, when, from which device and where.
/// </para>
/// <para>
/// A type without a Usage member of its own is no communication record, so its identifiers are subscriber data: a
/// SIM card's or subscription's IMSI, a customer's devices. A member that holds another personal-data type (a
/// customer's <c>List&lt;Call&gt;</c>, classified Usage) makes nothing a communication record: the nested type
/// answers for its own members.
/// </para>
/// </remarks>
internal static class TrafficData
{
    /// <summary>Whether the member's category is one that traffic data can have: Usage, TechnicalIdentifier or Location.</summary>
    public static bool MayBe(MemberAttributes attributes)
        => attributes.PersonalData is not null
            && (Category)attributes.CategoryValue is Category.Usage or Category.TechnicalIdentifier or Category.Location;

    /// <summary>Whether <paramref name="member"/>, with <paramref name="attributes"/>, is traffic data.</summary>
    /// <param name="member">A field or property.</param>
    /// <param name="attributes">Its privacy attributes.</param>
    /// <param name="symbols">The compilation's privacy symbols.</param>
    /// <param name="records">Answers of <see cref="IsCommunicationRecord(INamedTypeSymbol, PrivacySymbols)"/> already worked out in this compilation, by type.</param>
    public static bool Is(ISymbol member, MemberAttributes attributes, PrivacySymbols symbols, ConcurrentDictionary<ITypeSymbol, bool> records)
    {
        if (attributes.PersonalData is null || PersonalDataTypes.HoldsOwnPersonalData(DataMembers.TypeOf(member), symbols))
        {
            return false;
        }

        return (Category)attributes.CategoryValue switch
        {
            Category.Usage => true,
            Category.TechnicalIdentifier or Category.Location => IsCommunicationRecord(member.ContainingType, symbols, records),
            _ => false,
        };
    }

    // Every identifier and location member of a type asks the same question of it: answered once per compilation.
    private static bool IsCommunicationRecord(INamedTypeSymbol type, PrivacySymbols symbols, ConcurrentDictionary<ITypeSymbol, bool> records)
    {
        if (!records.TryGetValue(type, out bool answer))
        {
            answer = IsCommunicationRecord(type, symbols);
            records.TryAdd(type, answer);
        }

        return answer;
    }

    /// <summary>Whether <paramref name="type"/> or a base type has a Usage member of its own: a record of communication.</summary>
    public static bool IsCommunicationRecord(INamedTypeSymbol? type, PrivacySymbols symbols)
    {
        for (; type is not null && type.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); type = type.BaseType)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (member.IsStatic || member.Kind is not (SymbolKind.Field or SymbolKind.Property))
                {
                    continue;
                }

                MemberAttributes attributes = symbols.Read(member);
                if (attributes.PersonalData is not null
                    && (Category)attributes.CategoryValue == Category.Usage
                    && !PersonalDataTypes.HoldsOwnPersonalData(DataMembers.TypeOf(member), symbols))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
