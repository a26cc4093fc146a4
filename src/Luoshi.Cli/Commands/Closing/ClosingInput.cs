using Luoshi.Domain.Closing;
using Luoshi.Domain.Values;
using Luoshi.Domain.Wording;

namespace Luoshi.Cli.Commands.Closing;

/// <summary>The command line's closing input as typed: a result word, and targets' finals (T1.1=5600, T2.1@2022-12-20)
/// read by the domain's number and day rules; what does not read is refused with its option.</summary>
internal static class ClosingInput
{
    public static Problem? Result(string? text, string option) =>
        text is null || ClosingKeys.ParseResult(text) is not null ? null : new Problem(Catalogue.Closing.UnknownResult(text), Place.OfField(option));

    public static List<TargetFinal> Finals(IEnumerable<string> texts, out Problem? problem)
    {
        problem = null;
        var finals = new List<TargetFinal>();
        foreach (var text in texts)
        {
            var at = text.IndexOfAny(['=', '@']);
            var code = at < 0 ? text.Trim() : text[..at].Trim();
            var rest = at < 0 ? "" : text[(at + 1)..].Trim();
            if (at >= 0 && text[at] == '@' && DayText.Parse(rest) is { } day)
            {
                finals.Add(new TargetFinal(code, null, day));
            }
            else if (at >= 0 && text[at] == '=' && NumberText.Parse(rest) is { } value)
            {
                finals.Add(new TargetFinal(code, value, null));
            }
            else
            {
                problem ??= new Problem(Catalogue.Closing.BadFinal(text), Place.OfField("--final"));
            }
        }

        return finals;
    }
}
