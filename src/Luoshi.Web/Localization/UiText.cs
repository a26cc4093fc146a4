using Luoshi.Domain.Wording;

namespace Luoshi.Web.Localization;

/// <summary>The interface's words, Simplified Chinese first and English when the reader chose it (the request
/// localization middleware sets the culture from ?lang=, the language cookie or the browser). Each text is written as
/// its pair where it is used, so a page reads in both languages at once and no key can go missing.</summary>
public static class UiText
{
    /// <summary>True when the current request is in English.</summary>
    public static bool English => Language.English;

    /// <summary>The Chinese text, or the English one for an English reader.</summary>
    public static string T(string zh, string en) => new Words(zh, en);

    /// <summary>The page's language tag for the html element.</summary>
    public static string HtmlLang => Language.Tag;
}
