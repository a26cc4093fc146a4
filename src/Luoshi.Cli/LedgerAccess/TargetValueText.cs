using Luoshi.Domain.Progress;
using Luoshi.Domain.Values;
using Luoshi.Storage;

namespace Luoshi.Cli.LedgerAccess;

/// <summary>Reads a value given on the command line for one target: <c>T15.1=400</c>, a ratio <c>T3.1=81/150</c>,
/// or a milestone done on a day <c>T30.1=done:2022-09-15</c>. A per-cent sign is read only where the target's value rule
/// counts the field in per cent (<see cref="ValueRule.InPercent"/>): <c>T15.1=400%</c> for a target in 人 is no number.</summary>
internal static class TargetValueText
{
    public static (TargetValue? Value, string? Error) Parse(string text, Func<string, ValueRule?> ruleOf)
    {
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return (null, $"--value {text}: expected TARGET=VALUE, e.g. T15.1=400, T3.1=81/150 or T30.1=done:2022-09-15");
        }

        var (code, value) = (parts[0], parts[1]);
        if (value.StartsWith("done:", StringComparison.OrdinalIgnoreCase))
        {
            return DayText.TryParse(value.AsSpan(5), out var day)
                ? (new TargetValue(code, 100m, null, null, day), null)
                : (null, $"--value {text}: expected the day it was done as YYYY-MM-DD after done:");
        }

        var rule = ruleOf(code);
        var fraction = value.Split('/', 2, StringSplitOptions.TrimEntries);
        if (fraction.Length == 2)
        {
            return Number(fraction[0], rule, ValueField.Numerator) is { } part && Number(fraction[1], rule, ValueField.Denominator) is { } whole && whole > 0
                ? (new TargetValue(code, null, part, whole, null), null)
                : (null, $"--value {text}: expected PART/WHOLE with numbers and a whole above 0, e.g. 81/150");
        }

        return Number(value, rule, ValueField.Value) is { } number
            ? (new TargetValue(code, number, null, null, null), null)
            : (null, $"--value {text}: expected a number after =");
    }

    // Numbers as every channel reads them (full-width digits, Chinese decimal marks, a trailing % where the field is in
    // per cent); the ledger then checks them by the same rule. A code the plan lacks is refused there, by name.
    private static decimal? Number(string text, ValueRule? rule, ValueField field) =>
        NumberText.Parse(text, percent: rule?.InPercent(field) ?? false);
}
