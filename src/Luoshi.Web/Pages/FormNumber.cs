using Luoshi.Domain.Values;
using static Luoshi.Web.Localization.UiText;

namespace Luoshi.Web.Pages;

/// <summary>A number typed into a form, read as every channel reads one (<see cref="NumberText"/>: full-width digits and
/// Chinese decimal marks too, a trailing % allowed): null when left empty, else the number, or a message naming the
/// field and what was typed.</summary>
internal static class FormNumber
{
    public static decimal? Read(string? typed, string label, List<string> errors)
    {
        var text = (typed ?? "").Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (NumberText.TryParse(text, out var n, percent: true))
        {
            return n;
        }

        errors.Add(T($"{label}：“{text}”不是数字。", $"{label}: \"{text}\" is not a number."));
        return null;
    }
}
