using System.Globalization;
using Luoshi.Domain.Wording;

namespace Luoshi.Web.Pages;

/// <summary>A number typed into a form (a trailing % allowed): null when left empty, else the number, or a problem
/// naming the field (its label in the message, its name for the page to show it beside the input).</summary>
internal static class FormNumber
{
    public static decimal? Read(string? typed, string field, Words label, List<Problem> problems)
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

        problems.Add(new Problem(Catalogue.Forms.NotNumber(label, text), Place.OfField(field)));
        return null;
    }
}
