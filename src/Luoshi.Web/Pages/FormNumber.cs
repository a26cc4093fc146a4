using System.Globalization;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages;

/// <summary>A number typed into a form (a trailing % allowed): null when left empty, else the number, or a message
/// naming the field and what was typed.</summary>
internal static class FormNumber
{
    public static decimal? Read(string? typed, string label, List<string> errors)
    {
        var text = (typed ?? "").Trim().TrimEnd('%');
        if (text.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        errors.Add(T($"{label}：“{text}”不是数字。", $"{label}: \"{text}\" is not a number."));
        return null;
    }
}
