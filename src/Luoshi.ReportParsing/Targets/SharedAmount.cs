using Luoshi.Domain.Plans;
using Luoshi.ReportParsing.Drafts;

namespace Luoshi.ReportParsing.Targets;

/// <summary>Two rates stated with one amount: 城镇调查失业率和登记失业率稳定在4.3%左右 promises each of them.</summary>
internal static class SharedAmount
{
    /// <summary>The target, or one target per rate when its subject names two rates joined by 和 or 、.</summary>
    public static IEnumerable<TargetCandidate> Split(TargetCandidate target)
    {
        if (target.Unit is not ("%" or "‰") || target.Kind is TargetKind.Growth || target.Subject.Length < 5)
        {
            return [target];
        }

        var at = Joiner(target.Subject);
        if (at < 2 || !IsRate(target.Subject[..at]) || !IsRate(target.Subject[(at + 1)..]))
        {
            return [target];
        }

        return
        [
            target with { Subject = target.Subject[..at], SubjectRule = ExplainRule.SharedAmount },
            target with { Subject = target.Subject[(at + 1)..], SubjectRule = ExplainRule.SharedAmount },
        ];
    }

    // The one 和 or 、 of the subject, or -1 when it has none or several.
    private static int Joiner(string subject)
    {
        var at = subject.IndexOfAny(['和', '、']);
        return at >= 0 && subject.IndexOfAny(['和', '、'], at + 1) < 0 ? at : -1;
    }

    // 率 and 比重 are written the same in Simplified and Traditional text.
    private static bool IsRate(string part) => part.Length >= 2 && (part[^1] == '率' || part.EndsWith("比重", StringComparison.Ordinal));
}
