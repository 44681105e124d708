using Qyzmet.Platform.Documents;

namespace Qyzmet.RealEstate.Domain;

/// <summary>Kinds of registered rights, with their printed names.</summary>
public static class RightKinds
{
    public const string Ownership = "ownership";
    public const string EconomicManagement = "economic-management";
    public const string OperationalManagement = "operational-management";
    public const string LandUse = "land-use";

    public static readonly IReadOnlyDictionary<string, BilingualText> Names = new Dictionary<string, BilingualText>
    {
        [Ownership] = new("Меншік құқығы", "Право собственности"),
        [EconomicManagement] = new("Шаруашылық жүргізу құқығы", "Право хозяйственного ведения"),
        [OperationalManagement] = new("Жедел басқару құқығы", "Право оперативного управления"),
        [LandUse] = new("Жер пайдалану құқығы", "Право землепользования"),
    };

    /// <summary>What the right lets the holder do (the "Мазмұны" column).</summary>
    public static readonly IReadOnlyDictionary<string, BilingualText> Contents = new Dictionary<string, BilingualText>
    {
        [Ownership] = new("Иелену, пайдалану, билік ету", "Владение, пользование, распоряжение"),
        [EconomicManagement] = new("Иелену, пайдалану, билік ету (меншік иесі белгілеген шекте)", "Владение, пользование, распоряжение (в пределах, установленных собственником)"),
        [OperationalManagement] = new("Иелену, пайдалану (меншік иесінің тапсырмасына сәйкес)", "Владение, пользование (в соответствии с заданием собственника)"),
        [LandUse] = new("Иелену, пайдалану", "Владение, пользование"),
    };
}

/// <summary>Forms of ownership: sole, common shared, common joint.</summary>
public static class OwnershipForms
{
    public const string Sole = "sole";
    public const string Shared = "shared";
    public const string Joint = "joint";

    public static readonly IReadOnlyDictionary<string, BilingualText> Names = new Dictionary<string, BilingualText>
    {
        [Sole] = new("Дара меншік", "Единоличная собственность"),
        [Shared] = new("Ортақ үлестік меншік", "Общая долевая собственность"),
        [Joint] = new("Ортақ бірлескен меншік", "Общая совместная собственность"),
    };
}

/// <summary>Kinds of encumbrances the register records.</summary>
public static class EncumbranceKinds
{
    public const string Mortgage = "mortgage";
    public const string Arrest = "arrest";
    public const string Lease = "lease";
    public const string TrustManagement = "trust-management";
    public const string Easement = "easement";

    public static readonly IReadOnlyDictionary<string, BilingualText> Names = new Dictionary<string, BilingualText>
    {
        [Mortgage] = new("Ипотека", "Ипотека"),
        [Arrest] = new("Тыйым салу (арест)", "Арест"),
        [Lease] = new("Жалдау (мүліктік жалдау)", "Аренда (имущественный наем)"),
        [TrustManagement] = new("Сенімгерлік басқару", "Доверительное управление"),
        [Easement] = new("Сервитут", "Сервитут"),
    };
}
