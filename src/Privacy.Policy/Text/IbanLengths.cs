namespace Privacy.Policy.Text;

/// <summary>
/// The length of an IBAN per country, from the ISO 13616 IBAN registry (SWIFT): a candidate of another length is not
/// an IBAN of that country even when mod-97 happens to pass (1 in 97 of arbitrary digits does). A country not listed
/// here is held to the general 15 to 34 characters.
/// </summary>
internal static class IbanLengths
{
    /// <summary>The length of <paramref name="first"/><paramref name="second"/>'s IBANs, or 0 when not listed.</summary>
    public static int For(char first, char second) => (first, second) switch
    {
        ('A', 'D') => 24, ('A', 'E') => 23, ('A', 'L') => 28, ('A', 'T') => 20, ('A', 'Z') => 28,
        ('B', 'A') => 20, ('B', 'E') => 16, ('B', 'G') => 22, ('B', 'H') => 22, ('B', 'R') => 29,
        ('C', 'H') => 21, ('C', 'R') => 22, ('C', 'Y') => 28, ('C', 'Z') => 24,
        ('D', 'E') => 22, ('D', 'K') => 18, ('D', 'O') => 28,
        ('E', 'E') => 20, ('E', 'S') => 24,
        ('F', 'I') => 18, ('F', 'O') => 18, ('F', 'R') => 27,
        ('G', 'B') => 22, ('G', 'E') => 22, ('G', 'I') => 23, ('G', 'L') => 18, ('G', 'R') => 27, ('G', 'T') => 28,
        ('H', 'R') => 21, ('H', 'U') => 28,
        ('I', 'E') => 22, ('I', 'L') => 23, ('I', 'S') => 26, ('I', 'T') => 27,
        ('J', 'O') => 30, ('K', 'W') => 30, ('K', 'Z') => 20,
        ('L', 'B') => 28, ('L', 'I') => 21, ('L', 'T') => 20, ('L', 'U') => 20, ('L', 'V') => 21,
        ('M', 'C') => 27, ('M', 'D') => 24, ('M', 'E') => 22, ('M', 'K') => 19, ('M', 'R') => 27, ('M', 'T') => 31, ('M', 'U') => 30,
        ('N', 'L') => 18, ('N', 'O') => 15,
        ('P', 'K') => 24, ('P', 'L') => 28, ('P', 'S') => 29, ('P', 'T') => 25,
        ('Q', 'A') => 29, ('R', 'O') => 24, ('R', 'S') => 22,
        ('S', 'A') => 24, ('S', 'E') => 24, ('S', 'I') => 19, ('S', 'K') => 24, ('S', 'M') => 27,
        ('T', 'N') => 24, ('T', 'R') => 26, ('U', 'A') => 29, ('V', 'G') => 24, ('X', 'K') => 20,
        _ => 0,
    };
}
