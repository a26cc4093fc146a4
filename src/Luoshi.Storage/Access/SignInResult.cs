using Luoshi.Domain.Access;

namespace Luoshi.Storage;

/// <summary>The outcome of a sign-in: the account when it succeeded, and until when it is locked when locked out.</summary>
public sealed record SignInResult(SignInOutcome Outcome, Account? Account, DateTimeOffset? LockedUntil);
