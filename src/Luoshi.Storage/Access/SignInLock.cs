namespace Luoshi.Storage;

/// <summary>A login refused from one client address until a time, after repeated failures there.</summary>
/// <param name="Login">The login as typed (it may name no account).</param>
/// <param name="Address">The client address ("" for none).</param>
/// <param name="Until">When the lock ends (UTC).</param>
public sealed record SignInLock(string Login, string Address, DateTimeOffset Until);
