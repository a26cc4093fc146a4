using Luoshi.Domain.Access;

namespace Luoshi.Storage;

/// <summary>A token just issued, with its secret: shown to its owner this once, and never stored.</summary>
public sealed record IssuedApiToken(ApiToken Token, string Secret);
