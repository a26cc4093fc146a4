using System.Globalization;

namespace Luoshi.Cli.Tests.Consistency;

/// <summary>What an output says of one target: its status (the machine name, on_track…) and, where the output shows
/// them, its actual and expected values rounded as people read them.</summary>
internal sealed record Figure(string Status, string? Actual = null, string? Expected = null)
{
    public static string? Number(decimal? value) => value is { } v ? Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture) : null;
}
