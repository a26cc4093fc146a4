using Luoshi.Indicators.Water;
using Luoshi.Monitoring.Water;

namespace Luoshi.Monitoring.Tests.Water;

internal static class WaterFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Water", "Fixtures", name);

    public static IReadOnlyList<WaterSection> Sections => WaterSectionFile.Read(Path("sections.csv")).Rows;

    /// <summary>The messages as a user reads them, with the fixture's directory left out.</summary>
    public static string[] Messages(IEnumerable<WaterFileError> errors) =>
        [.. errors.Select(e => e.ToProblem().ToWords().En.Replace(System.IO.Path.Combine(AppContext.BaseDirectory, "Water", "Fixtures") + "/", "", StringComparison.Ordinal))];
}
