#!/usr/bin/env bash
# Measures what the Privacy.Policy analyzers add to a consumer's build: a generated project with N annotated types
# (default 200) references the packed .nupkg; it is compiled repeatedly with the analyzers on and off, and the
# compiler's own per-analyzer timing (ReportAnalyzer) is printed.
#
#   bash benchmarks/analyzer-build-cost/measure.sh [types] [runs]
set -euo pipefail
types="${1:-200}"
runs="${2:-5}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1 DOTNET_NOLOGO=1

version="0.0.0-measure.$(date +%s)"
dotnet pack "$root/src/Privacy.Policy/Privacy.Policy.csproj" -c Release -o "$work/feed" -p:Version="$version" -nologo -v:q >/dev/null

mkdir -p "$work/consumer"
cd "$work/consumer"
sed "s#<clear />#<clear />\n    <add key=\"packed\" value=\"$work/feed\" />#" "$root/nuget.config" > nuget.config
cat > Consumer.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <PrivacyPolicyStrictNamespaces>Measure.Domain</PrivacyPolicyStrictNamespaces>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Privacy.Policy" Version="$version" />
  </ItemGroup>
</Project>
XML

for i in $(seq 1 "$types"); do
  cat > "Type$i.cs" <<CS
using NodaTime;
using Privacy.Policy;

namespace Measure.Domain;

public partial record CallRecord$i
{
    [DataSubject] public string CustomerId { get; init; } = "";
    [RetentionAnchor(Start = RetentionStart.EndOfYear)] public Instant CallStart { get; init; }
    [PersonalData(Category.Usage, Retention = "P7Y", Purposes = Purpose.Billing | Purpose.Bookkeeping, Format = DataFormat.PhoneNumber, Redaction = RedactionKind.Pseudonymize)]
    public string CalledNumber { get; init; } = "";
    [PersonalData(Category.TechnicalIdentifier, Retention = "P6M", Format = DataFormat.Imsi, Redaction = RedactionKind.Mask)]
    public string Imsi { get; init; } = "";
    [PersonalData(Category.TechnicalIdentifier, Retention = "P6M", Format = DataFormat.IpAddress)]
    public string? IpAddress { get; init; }
    [PersonalData(Category.Location, Retention = "P90D", Format = DataFormat.GeoCoordinate)]
    public double Latitude { get; init; }
    [NotPersonalData] public int TariffPlanId { get; init; }
    [NotPersonalData] public long BytesDown { get; init; }
}
CS
done

dotnet restore -nologo -v:q >/dev/null

compile() { # $1 = true|false: RunAnalyzers
  local start end
  start=$(date +%s%N)
  dotnet build --no-restore --no-incremental -nologo -v:q -p:RunAnalyzers="$1" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

compile true >/dev/null   # warm-up
with=$(for _ in $(seq 1 "$runs"); do compile true; done | median)
without=$(for _ in $(seq 1 "$runs"); do compile false; done | median)

echo "consumer: $types annotated types, $((types * 8)) classified members; median of $runs full builds"
echo "build with analyzers:    ${with} ms"
echo "build without analyzers: ${without} ms"
echo "difference:              $((with - without)) ms"
echo
echo "compiler's own analyzer timing (ReportAnalyzer):"
dotnet build --no-restore --no-incremental -nologo -v:d -p:ReportAnalyzer=true 2>&1 \
  | grep -E "Total analyzer execution time|^ *[0-9.]+ +[<0-9]+ +Privacy\.Policy\." | sed 's/^ *//' | sort -u
echo "(RunAnalyzers=false also turns off the SDK's own analyzers; the ReportAnalyzer lines isolate ours.)"
