using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;

namespace Luoshi.Web.Pages;

/// <summary>A number typed into a form, read as every channel reads one (<see cref="NumberText"/>: full-width digits and
/// Chinese decimal marks too, a trailing % where the field is in per cent): null when left empty, else the number, or a problem naming the
/// field (its label in the message, its name for the page to show it beside the input).</summary>
internal static class FormNumber
{
    public static decimal? Read(string? typed, string field, Words label, List<Problem> problems, bool percent)
    {
        var text = (typed ?? "").Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (NumberText.TryParse(text, out var n, percent))
        {
            return n;
        }

        problems.Add(new Problem(Catalogue.Forms.NotNumber(label, text), Place.OfField(field)));
        return null;
    }
}
