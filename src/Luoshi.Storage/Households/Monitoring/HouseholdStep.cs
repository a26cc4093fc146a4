using Luoshi.Domain.Households;

namespace Luoshi.Storage.Households.Monitoring;

/// <summary>One step of a household's monitoring that staff record, with what it needs.</summary>
/// <param name="On">The day it happened (the measure's start for <see cref="MonitoringAction.Assist"/>).</param>
public sealed record HouseholdStep(
    MonitoringAction Action, DateOnly On, IdentificationSource? Source = null, RiskTypes Risks = RiskTypes.None,
    string? Reason = null, string? MeasureKind = null, string? MeasureText = null)
{
    /// <summary>A sudden severe hardship reported on <paramref name="on"/>: the household is flagged.</summary>
    public static HouseholdStep Hardship(DateOnly on) => new(MonitoringAction.Flag, on);

    /// <summary>Identified as a monitoring object: how it was found and its risks.</summary>
    public static HouseholdStep Identify(DateOnly on, IdentificationSource source, RiskTypes risks) => new(MonitoringAction.Identify, on, source, risks);

    /// <summary>A flag cleared after checking, with the reason.</summary>
    public static HouseholdStep Dismiss(DateOnly on, string reason) => new(MonitoringAction.Dismiss, on, Reason: reason);

    /// <summary>An assistance measure starting on <paramref name="on"/>.</summary>
    public static HouseholdStep Assist(DateOnly on, string kind, string text) => new(MonitoringAction.Assist, on, MeasureKind: kind, MeasureText: text);

    /// <summary>The risk declared eliminated.</summary>
    public static HouseholdStep Eliminate(DateOnly on) => new(MonitoringAction.Eliminate, on);
}
