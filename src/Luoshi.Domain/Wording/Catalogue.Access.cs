using Luoshi.Domain.Access;

namespace Luoshi.Domain.Wording;

public static partial class Catalogue
{
    /// <summary>Accounts, roles, passwords and API tokens.</summary>
    public static class Access
    {
        /// <summary>系统管理员 / administrator, 督查室 / supervision office, …</summary>
        public static Words Role(AccountRole role) => role switch
        {
            AccountRole.Administrator => new("系统管理员", "administrator"),
            AccountRole.Office => new("督查室", "supervision office"),
            AccountRole.UnitReporter => new("单位填报员", "unit reporter"),
            AccountRole.Leader => new("领导", "leader"),
            AccountRole.DataFeed => new("数据接入", "data feed"),
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
        };

        /// <summary>No account has this login.</summary>
        public static Problem NoAccount(string login) => new(
            new($"没有账号“{login}”", $"no account '{login}'"), Place.OfField("login"), ProblemKind.NotFound);

        /// <summary>A malformed login.</summary>
        public static Problem LoginForm(string login) => new(new(
            $"登录名应为 2 至 64 个字符，只含 a-z、0-9、“.”、“_”或“-”，实际为“{login}”",
            $"expected 2 to 64 characters of a-z, 0-9, '.', '_' or '-', found '{login}'"), Place.OfField("login"));

        /// <summary>An account without the person's name.</summary>
        public static Problem NeedsName { get; } = new(new("应填写使用人的姓名", "expected the person's name"), Place.OfField("name"));

        /// <summary>A login already taken.</summary>
        public static Problem LoginTaken(string login) => new(
            new($"账号“{login}”已存在", $"an account '{login}' already exists"), Place.OfField("login"), ProblemKind.Conflict);

        /// <summary>A unit given for a role that has none.</summary>
        public static Problem UnitOnlyForReporter(AccountRole role) => new(new(
            $"只有单位填报员隶属于单位；{Role(role).Zh}账号不要填写单位",
            $"only a unit reporter belongs to a unit; leave it out for the role {Role(role).En}"), Place.OfField("unit"));

        /// <summary>A unit reporter without a unit.</summary>
        public static Problem ReporterNeedsUnit { get; } = new(
            new("应填写单位填报员所属的单位", "expected the unit a unit reporter reports for"), Place.OfField("unit"));

        /// <summary>A password too short.</summary>
        public static Problem PasswordLength(int min) => new(
            new($"密码至少应有 {min} 个字符", $"expected at least {min} characters"), Place.OfField("password"));

        /// <summary>A token name missing or too long.</summary>
        public static Problem TokenName(int max) => new(new(
            $"应填写 1 至 {max} 个字符的名称，说明令牌的用途", $"expected a name of 1 to {max} characters saying what the token is for"), Place.OfField("name"));

        /// <summary>An expiry in the past.</summary>
        public static Problem ExpiresInPast(string at) => new(
            new($"到期时间应晚于现在，实际为 {at}", $"expected a time after now, found {at}"), Place.OfField("expires"));

        /// <summary>No token has this id.</summary>
        public static Problem NoToken(int id) => new(
            new($"没有编号为 {id} 的 API 令牌", $"no API token with id {id}"), Place.OfField("id"), ProblemKind.NotFound);

        /// <summary>A token revoked twice.</summary>
        public static Problem TokenRevoked(int id) => new(
            new($"API 令牌 {id} 已被撤销", $"API token {id} is already revoked"), Place.OfField("id"), ProblemKind.Conflict);
    }
}
