using System.Globalization;
using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Assessment;

/// <summary>The year's assessment as scripts read it (<c>luoshi closing assess --format json</c>, the API): the ranking by
/// the score that counts, and every unit's review with each point and where it came from. Rendered from
/// <see cref="AssessmentBoard"/>, nothing worked out again.</summary>
public sealed record AssessmentView(IReadOnlyList<RankView> Ranking, IReadOnlyList<UnitReviewView> Units)
{
    /// <summary>The view of <paramref name="board"/>, limited to the units <paramref name="reads"/> lets through.</summary>
    public static AssessmentView Of(AssessmentBoard board, Func<string, bool>? reads = null)
    {
        ArgumentNullException.ThrowIfNull(board);
        var shown = reads ?? (_ => true);
        return new([.. board.Ranking.Where(s => shown(s.Unit)).Select(RankView.Of)], [.. board.Units.Where(u => shown(u.Unit)).Select(UnitReviewView.Of)]);
    }

    internal static string Key(SelfAssessmentState state) => state.ToString().ToLowerInvariant();

    internal static string Key(ScoreSource source) => source switch
    {
        ScoreSource.Scheme => "scheme",
        ScoreSource.SelfAssessment => "self_assessment",
        _ => "office",
    };

    internal static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A unit's place in the ranking; <c>confirmed</c> false means the scheme's score until the office confirms.</summary>
public sealed record RankView(int Rank, string Unit, decimal Base, decimal Deducted, decimal Added, decimal Adjusted, decimal Final, bool Confirmed, string State)
{
    /// <summary>The view of <paramref name="s"/>.</summary>
    public static RankView Of(UnitScore s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Rank, s.Unit, s.Base, s.Deducted, s.Added, s.Adjusted, s.Final, s.IsConfirmed, AssessmentView.Key(s.Review ?? SelfAssessmentState.Pending));
    }
}

/// <summary>One point of a score: task, why (in the reader's language), points, and where it came from.</summary>
public sealed record LineView(string? Task, string Why, decimal Points, string Source, string SourceName);

/// <summary>A closing correction made after the self-assessment was confirmed: the task, its result before and after
/// (done, basically_done, not_done), its points before and after, why, when and by whom.</summary>
public sealed record AssessmentCorrectionView(string Task, string Before, string After, decimal PointsBefore, decimal PointsAfter, string Reason, string On, string By);

/// <summary>One unit's review: its state, the scheme's score, what it claimed, the final score line by line and the
/// closing corrections that changed it after confirmation.</summary>
public sealed record UnitReviewView(
    string Unit, string State, string StateName, decimal ByScheme, decimal? Scored, IReadOnlyList<TaskPoints> Points,
    IReadOnlyList<PointClaim> Claims, string? Explanation, string? ReturnReason, IReadOnlyList<ScoreAdjustment> Adjustments,
    string? SubmittedOn, string? ConfirmedOn, IReadOnlyList<LineView> Lines, IReadOnlyList<AssessmentCorrectionView> CorrectedAfterConfirmation)
{
    /// <summary>The view of <paramref name="u"/>.</summary>
    public static UnitReviewView Of(UnitReview u)
    {
        ArgumentNullException.ThrowIfNull(u);
        var a = u.Assessment;
        var score = u.Scored ?? u.ByScheme;
        return new(u.Unit, AssessmentView.Key(u.State), Catalogue.SelfAssessment.StateName(u.State).ToString(), u.ByScheme.Final, u.Scored?.Final,
            a?.Claim.Tasks ?? [], a?.Claim.Claims ?? [], a?.Claim.Explanation, a?.ReturnReason, a?.Adjustments ?? [],
            AssessmentView.Day(a?.SubmittedOn), AssessmentView.Day(a?.ConfirmedOn),
            [.. score.Lines.Select(l => new LineView(l.Task, l.Why.ToString(), l.Points, AssessmentView.Key(l.Source), Catalogue.SelfAssessment.SourceName(l.Source).ToString()))],
            [.. (a?.Corrections ?? []).Select(c => new AssessmentCorrectionView(c.Task, ClosingKeys.Of(c.Before), ClosingKeys.Of(c.After), c.PointsBefore, c.PointsAfter,
                c.Reason, AssessmentView.Day(c.On)!, c.By))]);
    }
}
