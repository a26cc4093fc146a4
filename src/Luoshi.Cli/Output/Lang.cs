using Luoshi.Domain.Wording;

namespace Luoshi.Cli.Output;

/// <summary>The language of terminal tables and labels: the process culture, which Program sets from LUOSHI_LANG
/// (Simplified Chinese unless it starts with "en").</summary>
/// <remarks>JSON and CSV keep their fixed English field names whatever the language; only what people read changes.</remarks>
internal static class Lang
{
    public static bool English => Language.English;

    public static string Pick(string chinese, string english) => new Words(chinese, english);
}
