namespace Luoshi.Cli.Demo;

/// <summary>The sample report and units that ship beside the program for the demo.</summary>
internal static class DemoFiles
{
    public const string Region = "四会市";

    /// <summary>The sample is Sihui's report for 2022, and its text does not say so in a form the parser reads.</summary>
    public const int Year = 2022;

    public static string Report => Path.Combine(AppContext.BaseDirectory, "Samples", "sihui-work-report-excerpt.txt");

    public static string Units => Path.Combine(AppContext.BaseDirectory, "Samples", "sihui-units.csv");
}
