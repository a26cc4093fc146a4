using System.Text.Encodings.Web;
using Luoshi.Domain.Wording;
using Microsoft.AspNetCore.Html;

namespace Luoshi.Web.Problems;

/// <summary>How a page shows a refusal beside the field at fault: the message under the input it concerns, read out
/// by screen readers, while the summary above the form lists every problem.</summary>
public static class ProblemMarkup
{
    /// <summary>The messages of the problems about <paramref name="fields"/>, as one span beside the input; nothing
    /// when there are none.</summary>
    public static IHtmlContent Beside(IEnumerable<Problem>? problems, params string[] fields)
    {
        var mine = (problems ?? []).Where(p => p.Place?.Field is { } f && fields.Contains(f, StringComparer.Ordinal)).ToList();
        if (mine.Count == 0)
        {
            return HtmlString.Empty;
        }

        var text = string.Join(" ", mine.Select(p => HtmlEncoder.Default.Encode(p.Message.ToString())));
        return new HtmlString($"<span class=\"field-error\" role=\"alert\" data-field=\"{HtmlEncoder.Default.Encode(fields[0])}\">{text}</span>");
    }

    /// <summary>A problem as the summary over a form lists it: a form field's message names its label itself, a
    /// file's names the file, line and column.</summary>
    public static string Summary(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Place is { File: null, Sheet: null, Line: null, Column: null } ? problem.Message : problem.ToString();
    }
}
