namespace Luoshi.Domain.Wording;

/// <summary>What kind of refusal a problem is: it decides the HTTP status of an API answer and the page shown.</summary>
public enum ProblemKind
{
    /// <summary>The input is wrong (400; exit code 2).</summary>
    Invalid,

    /// <summary>The record named does not exist, or is not the caller's to see (404).</summary>
    NotFound,

    /// <summary>The record changed since the caller read it, or already exists (409).</summary>
    Conflict,

    /// <summary>The caller may not do this (403).</summary>
    Forbidden,

    /// <summary>The input is larger than the product accepts (413).</summary>
    TooLarge,
}
