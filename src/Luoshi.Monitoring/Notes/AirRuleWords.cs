using System.Globalization;
using Luoshi.Domain.Wording;
using Luoshi.Indicators.Air;

namespace Luoshi.Monitoring.Notes;

/// <summary>The words that name the rules behind an air figure over a stretch of days: the HJ 633 version(s) in force,
/// day by day when the stretch straddles 1 March 2026, and the HJ 663-2013 reading kept for 2026 data.</summary>
public static class AirRuleWords
{
    /// <summary>E.g. <c>HJ 633-2012, HJ 663-2013</c>, or for a straddling year <c>HJ 633-2012 to 2026-02-28, HJ 633-2026
    /// from 2026-03-01 (each day by the rules in force), HJ 663-2013 (…)</c>.</summary>
    public static Words Of(DateOnly from, DateOnly to)
    {
        var spans = AirStandards.SpansOf(from, to);
        var evaluation = EvaluationOf(spans.Any(s => s.Standard == AirStandard.Hj633Of2026));
        if (spans.Count < 2)
        {
            var name = AirStandards.Name(spans.Count == 0 ? AirStandards.InForceOn(to) : spans[0].Standard);
            return new Words($"{name}, {evaluation.Zh}", $"{name}, {evaluation.En}");
        }

        return new Words(
            string.Create(CultureInfo.InvariantCulture,
                $"{spans[0].To:yyyy年M月d日}前{AirStandards.Name(spans[0].Standard)}、{spans[1].From:M月d日}起{AirStandards.Name(spans[1].Standard)}（逐日按当日有效标准），{evaluation.Zh}"),
            string.Create(CultureInfo.InvariantCulture,
                $"{AirStandards.Name(spans[0].Standard)} to {spans[0].To:yyyy-MM-dd}, {AirStandards.Name(spans[1].Standard)} from {spans[1].From:yyyy-MM-dd} (each day by the rules in force), {evaluation.En}"));
    }

    /// <summary>The evaluation rules every daily and annual statistic rests on, and for data that reaches the 2026
    /// revision that HJ 663-2026 is not confirmed.</summary>
    public static Words Evaluation(DateOnly to) => EvaluationOf(to >= AirStandards.Revision2026InForce);

    private static Words EvaluationOf(bool reaches2026) => reaches2026
        ? new Words(AirStandards.EvaluationRules + "（HJ 663-2026文本未获得，沿用2013版）",
            AirStandards.EvaluationRules + " (HJ 663-2026 not available: its 2013 reading is kept)")
        : new Words(AirStandards.EvaluationRules, AirStandards.EvaluationRules);
}
