using System.Globalization;
using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Closing;

/// <summary>A plan's year-end account as scripts read it (<c>luoshi closing status --format json</c>, the API): results
/// as the report words them (完成 / 基本完成 / 未完成, null until confirmed) with their machine names, days as
/// yyyy-MM-dd. Rendered from <see cref="ClosingReading"/>, nothing worked out again.</summary>
public sealed record ClosingView(
    string Region, int Year, bool Open, string? OpenedOn, ClosingTolerances Tolerances, IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<TaskClosingView> Tasks)
{
    /// <summary>The view of <paramref name="r"/>.</summary>
    public static ClosingView Of(ClosingReading r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var counts = new Dictionary<string, int>
        {
            ["done"] = r.Count(ClosingResult.Done),
            ["basically_done"] = r.Count(ClosingResult.BasicallyDone),
            ["not_done"] = r.Count(ClosingResult.NotDone),
            ["unconfirmed"] = r.Unconfirmed,
        };
        return new(r.Plan.Region, r.Plan.Year, r.Closing is not null, r.Closing is { } c ? Day(c.OpenedOn) : null,
            r.Closing?.Tolerances ?? ClosingTolerances.Default, counts, [.. r.Tasks.Select(TaskClosingView.Of)]);
    }

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string? Day(DateOnly? day) => day is { } d ? Day(d) : null;
}

/// <summary>One task's account as scripts read it.</summary>
public sealed record TaskClosingView(
    string Task, string? Result, string? ResultKey, string State, string StateName, string? Claimed, string? ByRule, string? LeadUnit,
    string? Summary, string? DoneOn, string? Reason, IReadOnlyList<string> Evidence, string? ReturnReason, string? SubmittedOn,
    string? ConfirmedOn, IReadOnlyList<CorrectionView> Corrections, IReadOnlyList<TargetClosingView> Targets)
{
    /// <summary>The evidence files uploaded to the account, for those who may read them (ClosingRules.MayReadFiles):
    /// an output shown to anyone else sends the view <see cref="WithoutFiles"/> (a method, so that serialising the view does not
    /// follow it).</summary>
    public IReadOnlyList<EvidenceFileView> Files { get; init; } = [];

    /// <summary>The same view without the files.</summary>
    public TaskClosingView WithoutFiles() => this with { Files = [] };

    /// <summary>The view of <paramref name="t"/>.</summary>
    public static TaskClosingView Of(TaskClosing t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var a = t.Account;
        return new(t.Code, Zh(t.Result), t.Result is { } r ? ClosingKeys.Of(r) : null, ClosingKeys.Of(a.State), Catalogue.Closing.StateName(a.State).ToString(),
            Zh(a.Claimed), Zh(t.ByRule), t.Reading.Task.LeadUnit, a.Summary, ClosingView.Day(a.DoneOn), a.ShortReason, a.Evidence, a.ReturnReason,
            ClosingView.Day(a.SubmittedOn), ClosingView.Day(a.ConfirmedOn),
            [.. a.Corrections.Select(c => new CorrectionView(ClosingView.Day(c.On), c.By, Zh(c.Before)!, Zh(c.After)!, c.Reason))],
            [.. t.Targets.Select(TargetClosingView.Of)])
        {
            Files = [.. a.Files.Select(f => new EvidenceFileView(f.Id, f.FileName, f.Size, f.Sha256, f.UploadedBy, f.UploadedAt))],
        };
    }

    internal static string? Zh(ClosingResult? result) => result is { } r ? Catalogue.Closing.ResultName(r).Zh : null;
}

/// <summary>An evidence file of an account: download it at <c>/attachments/{Id}</c>.</summary>
public sealed record EvidenceFileView(int Id, string Name, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>A correction of a confirmed result.</summary>
public sealed record CorrectionView(string On, string By, string Before, string After, string Reason);

/// <summary>One target's final as scripts read it: the value, where it came from (reported, or computed with the
/// standard named) and what the rule makes of it.</summary>
public sealed record TargetClosingView(
    string Target, string Subject, string Goal, decimal? Final, string? Unit, string? DoneOn, string Source, string? Standard, string Result, decimal? Shortfall)
{
    /// <summary>The view of <paramref name="t"/>.</summary>
    public static TargetClosingView Of(TargetClosing t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Code, t.Reading.Target.Subject, t.Reading.GoalWords.ToString(), t.Final, t.Reading.Target.Unit, ClosingView.Day(t.DoneOn),
            t.Source.ToString().ToLowerInvariant(), t.Standard?.ToString(), TaskClosingView.Zh(t.Judgement.Result)!, t.Judgement.Shortfall);
    }
}
