using Luoshi.Domain.Assessment;
using Luoshi.Domain.Wording;
using Luoshi.Web.Access;
using Luoshi.Web.Api;
using Luoshi.Web.Hosting;
using Luoshi.Web.Problems;
using Luoshi.Web.Reading;
using Microsoft.AspNetCore.Mvc;

namespace Luoshi.Web.Pages.Assessment;

/// <summary>One lead unit's self-assessment: the scheme's score, what the unit claimed, the office's adjustments and the
/// final score line by line with where each point came from; the forms of the steps the caller may take now
/// (SelfAssessmentRules). Another unit is refused the page; a hand-made post gets the ledger's refusal in its words.</summary>
public sealed class UnitModel(LedgerReads reads, LedgerClock clock, UserLedger ledger) : PlanPage(reads, clock)
{
    /// <summary>The unit's review.</summary>
    public UnitReview? Review { get; private set; }

    /// <summary>The scheme the points are read by.</summary>
    public ScoringScheme Scheme { get; private set; } = ScoringScheme.Default;

    /// <summary>True when the plan's closing is open (the assessment needs it).</summary>
    public bool Open { get; private set; }

    /// <summary>The refusal of the last step.</summary>
    public IReadOnlyList<Problem> Errors { get; private set; } = [];

    /// <summary>The step just taken, for the confirmation line.</summary>
    public SelfAssessmentStep? Done { get; private set; }

    /// <summary>What the caller typed, kept when a step is refused so nothing is lost.</summary>
    public IReadOnlyDictionary<string, string> Typed { get; private set; } = new Dictionary<string, string>();

    /// <summary>Shows the unit's assessment.</summary>
    public async Task<IActionResult> OnGetAsync(string unit)
    {
        if (await LoadAsync(unit) is { } refused)
        {
            return refused;
        }

        Done = SelfAssessmentActions.Parse(Request.Query["done"].ToString());
        return Page();
    }

    /// <summary>True when the page offers <paramref name="step"/> to the caller now.</summary>
    public bool Offers(SelfAssessmentStep step) => Open && Review is not null && User.Role() is { } role
        && SelfAssessmentRules.Refusal(role, User.UnitName(), Review.Unit, step, Review.State) is null;

    /// <summary>Takes a step as the signed-in account; a refusal is shown on the page with its status.</summary>
    public async Task<IActionResult> OnPostStepAsync(string unit, string? step, string? explanation, string? claims, string? reason, string? adjustments)
    {
        if (SelfAssessmentActions.Parse(step) is not { } known)
        {
            return PageProblems.Refuse(HttpContext, SelfAssessmentActions.Unknown(step));
        }

        if (await LoadAsync(unit) is { } refused)
        {
            return refused;
        }

        Typed = Request.Form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var body = Body(explanation, claims, reason, adjustments, out var unreadable);
        var taken = unreadable is null
            ? await SelfAssessmentActions.TakeAsync(ledger.OnToday.SelfAssessments, Plan!.Id, Review!.Unit, LifecycleEndpoints.Actor(User), known, body, HttpContext.RequestAborted)
            : Storage.StoreResult.Fail(unreadable);
        if (!taken.Succeeded)
        {
            Errors = [taken.Error!];
            Response.StatusCode = ProblemDocuments.Status(taken.Error!.Kind);
            return Page();
        }

        return RedirectToPage(new { unit = Review!.Unit, plan = Plan!.Id, done = step });
    }

    // The form's fields: points-T1 per task, claims and adjustments one per line (“T1:+2:说明” or “+2:说明”).
    private SelfAssessmentBody Body(string? explanation, string? claims, string? reason, string? adjustments, out Problem? unreadable)
    {
        unreadable = null;
        var points = new List<TaskPoints>();
        foreach (var t in Review!.Tasks)
        {
            var text = Request.Form[$"points-{t.Code}"].ToString().Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (PointLines.Points($"{t.Code}={text}", "points", out var bad) is { } p)
            {
                points.Add(p);
            }
            else
            {
                unreadable ??= bad;
            }
        }

        var claimed = new List<PointClaim>();
        foreach (var line in PointLines.Lines(claims))
        {
            if (PointLines.Change(line, "claims", out var bad) is { } c)
            {
                claimed.Add(new PointClaim(c.Task, c.Points, c.Why));
            }
            else
            {
                unreadable ??= bad;
            }
        }

        var adjusted = new List<ScoreAdjustment>();
        foreach (var line in PointLines.Lines(adjustments))
        {
            if (PointLines.Change(line, "adjustments", out var bad) is { } a)
            {
                adjusted.Add(new ScoreAdjustment(a.Task, a.Points, a.Why));
            }
            else
            {
                unreadable ??= bad;
            }
        }

        return new SelfAssessmentBody(points, claimed, explanation, reason, adjusted);
    }

    private async Task<IActionResult?> LoadAsync(string unit)
    {
        if (!await LoadPlanAsync() || await Reads.AssessmentAsync(Plan!.Id, HttpContext.RequestAborted) is not { } board
            || board.Unit(unit) is not { } review)
        {
            return PageProblems.Refuse(HttpContext, new Problem(Catalogue.SelfAssessment.NoUnit(unit), Place.OfField("unit"), ProblemKind.NotFound));
        }

        if (!User.ReadsAll() && User.UnitName() != unit)
        {
            return PageProblems.Refuse(HttpContext, new Problem(Catalogue.SelfAssessment.OnlyOwnToRead, Kind: ProblemKind.Forbidden));
        }

        var closing = await Reads.ClosingAsync(Plan.Id, HttpContext.RequestAborted);
        (Review, Scheme, Open) = (review, board.Scheme, closing?.Closing is not null);
        return null;
    }
}
