using Luoshi.Domain.Closing;
using Luoshi.Domain.Wording;
using Luoshi.Storage;
using Luoshi.Storage.Closing;
using Luoshi.Storage.Lifecycle;

namespace Luoshi.Web.Api;

/// <summary>What a closing step may carry (docs/closing.md); each step reads the fields it needs.</summary>
/// <param name="Result">完成, 基本完成 or 未完成 (or done, basically_done, not_done).</param>
/// <param name="Summary">完成情况.</param>
/// <param name="Reason">Why short of 完成 (submit); why returned (return); why corrected (correct).</param>
public sealed record ClosingBody(
    string? Result = null, string? Summary = null, DateOnly? DoneOn = null, string? Reason = null, IReadOnlyList<string>? Evidence = null,
    IReadOnlyList<FinalBody>? Finals = null);

/// <summary>A target's final value, or a milestone's day done.</summary>
public sealed record FinalBody(string Target, decimal? Value = null, DateOnly? DoneOn = null);

/// <summary>The closing steps by their names in a URL (submit, return, confirm, correct), each calling the ledger with
/// the fields it needs. Pages and the API take steps through here.</summary>
public static class ClosingActions
{
    /// <summary>The step named <paramref name="name"/> (a task's step, not open), or null.</summary>
    public static ClosingStep? Parse(string name) => name switch
    {
        "submit" => ClosingStep.Submit,
        "return" => ClosingStep.Return,
        "confirm" => ClosingStep.Confirm,
        "correct" => ClosingStep.Correct,
        _ => null,
    };

    /// <summary>Takes <paramref name="step"/> on a task's account as <paramref name="actor"/>.</summary>
    public static Task<StoreResult> TakeAsync(ClosingLedger l, int plan, string task, LifecycleActor actor, ClosingStep step, ClosingBody b, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(b);
        var result = ClosingKeys.ParseResult(b.Result);
        if (!string.IsNullOrWhiteSpace(b.Result) && result is null)
        {
            return Task.FromResult(StoreResult.Fail(Catalogue.Closing.UnknownResult(b.Result), Domain.Wording.Place.OfField("result")));
        }

        return step switch
        {
            ClosingStep.Submit => l.SubmitAsync(plan, task, actor, new ClosingSubmission(result, b.Summary, b.DoneOn, b.Reason, b.Evidence ?? [],
                [.. (b.Finals ?? []).Select(f => new TargetFinal(f.Target ?? "", f.Value, f.DoneOn))]), ct),
            ClosingStep.Return => l.ReturnAsync(plan, task, actor, b.Reason, ct),
            ClosingStep.Confirm => l.ConfirmAsync(plan, task, actor, result, ct),
            _ => l.CorrectAsync(plan, task, actor, result, b.Reason, ct),
        };
    }
}
