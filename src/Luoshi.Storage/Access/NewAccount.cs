using Luoshi.Domain.Access;

namespace Luoshi.Storage;

/// <summary>An account to create: the unit (by name or alias) only for a unit's reporter, and its first password.</summary>
public sealed record NewAccount(string Login, string DisplayName, AccountRole Role, string? Unit, string Password);
