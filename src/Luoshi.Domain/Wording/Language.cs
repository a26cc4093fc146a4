using System.Globalization;

namespace Luoshi.Domain.Wording;

/// <summary>Which language the current reader reads: the culture of the request (web) or of the process (command
/// line, set from LUOSHI_LANG at start). Simplified Chinese unless the culture is English.</summary>
public static class Language
{
    /// <summary>The cultures the product speaks, Chinese first.</summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } = [new("zh-CN"), new("en")];

    /// <summary>True when the current reader reads English.</summary>
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The language tag for an html element or a Content-Language header.</summary>
    public static string Tag => English ? "en" : "zh-CN";

    /// <summary>The culture a language setting names (en…, zh…); Chinese for anything else or nothing.</summary>
    public static CultureInfo FromSetting(string? setting) =>
        (setting ?? "").StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Cultures[1] : Cultures[0];
}
