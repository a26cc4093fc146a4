namespace Luoshi.Storage.Lifecycle;

/// <summary>A milestone a lead unit proposes: what, by when, and the evidence that will show it done.</summary>
public sealed record MilestoneDraft(string Title, DateOnly Due, string Evidence);
