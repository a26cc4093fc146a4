using Luoshi.Domain.Lifecycle;

namespace Luoshi.Storage.Lifecycle;

/// <summary>The machine name of a step (sign, approve-close…): the audit trail's action after "lifecycle." and the
/// API's path segment.</summary>
public static class LifecycleNames
{
    /// <summary>sign, request-extension, approve-close….</summary>
    public static string Of(LifecycleStep step) =>
        string.Concat(step.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
