namespace Luoshi.Cli.Output;

/// <summary>The language of terminal tables and labels: Simplified Chinese unless LUOSHI_LANG starts with "en".</summary>
/// <remarks>JSON and CSV keep their fixed English field names whatever the language; only what people read changes.</remarks>
internal static class Lang
{
    public static bool English { get; } =
        (Environment.GetEnvironmentVariable("LUOSHI_LANG") ?? "").StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public static string Pick(string chinese, string english) => English ? english : chinese;
}
