using System.Globalization;
using System.Text;
using Luoshi.Domain.Plans;

namespace Luoshi.Domain.Years;

/// <summary>How a target of a later year's plan is matched to last year's (docs/closing.md, "Across years"):</summary>
/// <remarks>
/// The one rule, in this order:
/// <list type="number">
/// <item><b>Same indicator</b> — both targets take their value from the same computed indicator over the same scope
/// (<see cref="IndicatorBinding"/>, e.g. <c>air.good-day-share:城区</c>).</item>
/// <item><b>Same subject</b> — else, the subjects are the same once spaces and punctuation are left out (城区空气质量优良率),
/// and the units are the same (人 is not 人次; % is not 个).</item>
/// </list>
/// Only the plan of the same region and the nearest earlier year is searched. Each earlier target is matched once: the
/// later targets take their match in report order, the same indicator before the same subject. What the rule finds is a
/// suggestion; the office confirms it, names another target, or says there is none.
/// </remarks>
public static class TargetMatching
{
    /// <summary>What the rule compares of a target: a stored target's, or a parser draft's (no binding yet).</summary>
    public sealed record Key(string Code, string Subject, string? Unit, IndicatorBinding? Binding)
    {
        /// <summary>The key of a stored target.</summary>
        public static Key Of(Target target)
        {
            ArgumentNullException.ThrowIfNull(target);
            return new(target.Code, target.Subject, target.Unit, target.Binding);
        }
    }

    /// <summary>A suggested match: the later target, the earlier one and the part of the rule that matched them.</summary>
    public sealed record Match(string Later, string Earlier, MatchRule Rule);

    /// <summary>Which part of the rule matches <paramref name="later"/> to <paramref name="earlier"/>, or null.</summary>
    public static MatchRule? RuleOf(Key later, Key earlier)
    {
        ArgumentNullException.ThrowIfNull(later);
        ArgumentNullException.ThrowIfNull(earlier);
        if (later.Binding is { } a && earlier.Binding is { } b)
        {
            return a == b ? MatchRule.Indicator : null;
        }

        return Normal(later.Subject).Length > 0 && Normal(later.Subject) == Normal(earlier.Subject)
            && string.Equals(later.Unit ?? "", earlier.Unit ?? "", StringComparison.Ordinal) ? MatchRule.Subject : null;
    }

    /// <summary>The matches the rule suggests between a later year's targets and the earlier year's, in the later report's order.</summary>
    public static IReadOnlyList<Match> Suggest(IEnumerable<Key> later, IEnumerable<Key> earlier)
    {
        ArgumentNullException.ThrowIfNull(later);
        ArgumentNullException.ThrowIfNull(earlier);
        var laterList = later.ToList();
        var free = earlier.ToList();
        var found = new Dictionary<string, Match>(StringComparer.Ordinal);
        foreach (var rule in new[] { MatchRule.Indicator, MatchRule.Subject })
        {
            foreach (var key in laterList.Where(k => !found.ContainsKey(k.Code)))
            {
                if (free.FirstOrDefault(e => RuleOf(key, e) == rule) is { } match)
                {
                    found[key.Code] = new Match(key.Code, match.Code, rule);
                    free.Remove(match);
                }
            }
        }

        return [.. laterList.Where(k => found.ContainsKey(k.Code)).Select(k => found[k.Code])];
    }

    /// <summary>A subject as the rule compares it: letters and digits only, full-width folded to half-width.</summary>
    public static string Normal(string? subject)
    {
        var text = (subject ?? "").Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || category == UnicodeCategory.OtherLetter)
            {
                kept.Append(char.ToLowerInvariant(c));
            }
        }

        return kept.ToString();
    }
}

/// <summary>Why two targets of different years are the same promise.</summary>
public enum MatchRule
{
    /// <summary>The same computed indicator over the same scope.</summary>
    Indicator,

    /// <summary>The same subject and unit.</summary>
    Subject,

    /// <summary>The office named the earlier target.</summary>
    Office,

    /// <summary>The target belongs to a task carried over from the earlier year.</summary>
    CarryOver,
}

/// <summary>Where a match stands: suggested by the rule, or confirmed by the office (confirming may name another).</summary>
public enum MatchState
{
    /// <summary>The rule's suggestion, not yet looked at.</summary>
    Suggested,

    /// <summary>The office confirmed it (or named it).</summary>
    Confirmed,
}
