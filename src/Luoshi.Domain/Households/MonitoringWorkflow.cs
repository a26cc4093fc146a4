using Luoshi.Domain.Wording;

namespace Luoshi.Domain.Households;

/// <summary>The monitoring state machine: which action is allowed in which state and where it leads.</summary>
/// <remarks>Flagged → Identified → Assisted → RiskEliminated is the usual path. A household may also be identified
/// directly (an application, a visit), a flag may be dismissed after checking, and a household whose risk was
/// eliminated may be flagged or identified again when it falls back.</remarks>
public static class MonitoringWorkflow
{
    /// <summary>The state after <paramref name="action"/> on a household in <paramref name="state"/>, or an error
    /// a person can read when the action is not allowed there.</summary>
    public static (MonitoringState? Next, Words? Error) Apply(MonitoringState state, MonitoringAction action) =>
        (state, action) switch
        {
            (MonitoringState.NotMonitored or MonitoringState.RiskEliminated, MonitoringAction.Flag) => (MonitoringState.Flagged, null),
            (MonitoringState.NotMonitored or MonitoringState.Flagged or MonitoringState.RiskEliminated, MonitoringAction.Identify) =>
                (MonitoringState.Identified, null),
            (MonitoringState.Flagged, MonitoringAction.Dismiss) => (MonitoringState.NotMonitored, null),
            (MonitoringState.Identified or MonitoringState.Assisted, MonitoringAction.Assist) => (MonitoringState.Assisted, null),
            (MonitoringState.Assisted, MonitoringAction.Eliminate) => (MonitoringState.RiskEliminated, null),
            (MonitoringState.Identified, MonitoringAction.Eliminate) =>
                (null, Catalogue.Households.NoMeasureYet),
            (_, MonitoringAction.Flag or MonitoringAction.Identify) => (null, Catalogue.Households.Already(state)),
            _ => (null, Catalogue.Households.OnlyFrom(action, state)),
        };

    /// <summary>True while the household is a monitoring object (identified or assisted).</summary>
    public static bool IsMonitored(MonitoringState state) => state is MonitoringState.Identified or MonitoringState.Assisted;
}
