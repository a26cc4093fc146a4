namespace Luoshi.Storage.Reading;

/// <summary>The SQL that draws a version number (a random 64-bit integer) in each provider: the one expression the
/// task_facts rewrite and the plan revision triggers use, so a cached copy is known current by equality alone.</summary>
internal static class RandomVersion
{
    public const string Sqlite = "random()";

    public const string Postgres = "floor(random() * 9.2e18)::bigint";
}
