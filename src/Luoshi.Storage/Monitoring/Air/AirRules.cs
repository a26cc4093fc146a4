using System.Globalization;
using Luoshi.Indicators.Air;

namespace Luoshi.Storage.Monitoring.Air;

/// <summary>The words that name the rules behind an air figure over a stretch of days: the HJ 633 version(s) in force,
/// day by day when the stretch straddles 1 March 2026, and the HJ 663-2013 reading kept for 2026 data.</summary>
internal static class AirRules
{
    private const string Unconfirmed = " (HJ 663-2026 not available: its 2013 reading is kept)";
    private const string UnconfirmedZh = "（HJ 663-2026文本未获得，沿用2013版）";

    /// <summary>E.g. <c>HJ 633-2012, HJ 663-2013</c>, or for a straddling year <c>HJ 633-2012 to 2026-02-28, HJ 633-2026
    /// from 2026-03-01 (each day by the rules in force), HJ 663-2013 (…)</c>.</summary>
    public static string Of(DateOnly from, DateOnly to)
    {
        var spans = AirStandards.SpansOf(from, to);
        var evaluation = AirStandards.EvaluationRules + (Reaches2026(spans) ? Unconfirmed : "");
        if (spans.Count < 2)
        {
            return $"{AirStandards.Name(spans.Count == 0 ? AirStandards.InForceOn(to) : spans[0].Standard)}, {evaluation}";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{AirStandards.Name(spans[0].Standard)} to {spans[0].To:yyyy-MM-dd}, {AirStandards.Name(spans[1].Standard)} from {spans[1].From:yyyy-MM-dd} (each day by the rules in force), {evaluation}");
    }

    /// <summary>The same in Chinese.</summary>
    public static string OfZh(DateOnly from, DateOnly to)
    {
        var spans = AirStandards.SpansOf(from, to);
        var evaluation = AirStandards.EvaluationRules + (Reaches2026(spans) ? UnconfirmedZh : "");
        if (spans.Count < 2)
        {
            return $"{AirStandards.Name(spans.Count == 0 ? AirStandards.InForceOn(to) : spans[0].Standard)}, {evaluation}";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{spans[0].To:yyyy年M月d日}前{AirStandards.Name(spans[0].Standard)}、{spans[1].From:M月d日}起{AirStandards.Name(spans[1].Standard)}（逐日按当日有效标准），{evaluation}");
    }

    private static bool Reaches2026(IReadOnlyList<StandardSpan> spans) => spans.Any(s => s.Standard == AirStandard.Hj633Of2026);
}
