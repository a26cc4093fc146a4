using System.Text;

namespace Luoshi.Web.Localization;

/// <summary>The header of every printed sheet as a CSS page rule: the region and page on the left, the day on the right.</summary>
public static class PrintHeader
{
    /// <summary>The @page rule with <paramref name="left"/> and <paramref name="right"/> as CSS strings.</summary>
    public static string Css(string left, string right) =>
        "@page { @top-left { content: " + Quote(left) + "; font-size: 9pt; color: #5b6675; } @top-right { content: " + Quote(right) + "; font-size: 9pt; color: #5b6675; } }";

    /// <summary>A CSS string literal: quotes, backslashes, angle brackets and line breaks escaped, so no text ends the
    /// string or the style element.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c is '"' or '\\' or '<' or '>' or '&' or '\n' or '\r' ? $"\\{(int)c:X} " : c.ToString());
        }

        return quoted.Append('"').ToString();
    }
}
