using Privacy.Policy;

namespace Telecom.Lines;

// The first member PRIV001 meets has a name that suggests nothing, so `dotnet format analyzers` asks for the
// category list's fix-all; it must still classify Email and Imsi by their names and declassify nothing.
public partial class Subscriber
{
    [DataSubject]
    public string CustomerId { get; init; } = "";

    public int Segment2 { get; init; }

    public string Email { get; init; } = "";

    public string Imsi { get; init; } = "";
}
