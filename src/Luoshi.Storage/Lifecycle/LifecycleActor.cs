using Luoshi.Domain.Access;

namespace Luoshi.Storage.Lifecycle;

/// <summary>Who takes a lifecycle step: a role and, for a unit's reporter, the unit. Pages and the API pass the signed-in
/// account's; the command line the account named by --as, or the office.</summary>
public sealed record LifecycleActor(AccountRole Role, string? Unit = null)
{
    /// <summary>The supervision office.</summary>
    public static LifecycleActor Office { get; } = new(AccountRole.Office);

    /// <summary>A reporter of <paramref name="unit"/>.</summary>
    public static LifecycleActor OfUnit(string unit) => new(AccountRole.UnitReporter, unit);
}
