using System;

namespace Privacy.Policy.Tool.Settings;

/// <summary>One setting that holds a single value: the services that set it must set it alike.</summary>
/// <param name="Key">Its configuration key under the section, such as <c>Controller:Name</c>.</param>
/// <param name="Value">Reads it from bound options, for comparison.</param>
/// <param name="Copy">Copies it from the second options (a service's) to the first (the merged ones).</param>
internal sealed record ScalarSetting(string Key, Func<PrivacyPolicyOptions, object?> Value, Action<PrivacyPolicyOptions, PrivacyPolicyOptions> Copy)
{
    /// <summary>Every single-valued setting of <see cref="PrivacyPolicyOptions"/> the statement or the record uses.</summary>
    public static ScalarSetting[] All { get; } =
    [
        new("TimeZone", o => o.TimeZone, (to, from) => to.TimeZone = from.TimeZone),
        new("SecurityMeasures", o => o.SecurityMeasures, (to, from) => to.SecurityMeasures = from.SecurityMeasures),
        new("EnglishSecurityMeasures", o => o.EnglishSecurityMeasures, (to, from) => to.EnglishSecurityMeasures = from.EnglishSecurityMeasures),
        new("DefaultCountryCallingCode", o => o.DefaultCountryCallingCode, (to, from) => to.DefaultCountryCallingCode = from.DefaultCountryCallingCode),
        new("BookYearEnd", o => o.BookYearEnd, (to, from) => to.BookYearEnd = from.BookYearEnd),
        new("BillDisputeWindow", o => o.BillDisputeWindow, (to, from) => to.BillDisputeWindow = from.BillDisputeWindow),
        new("Controller:Name", o => o.Controller.Name, (to, from) => to.Controller.Name = from.Controller.Name),
        new("Controller:PostalAddress", o => o.Controller.PostalAddress, (to, from) => to.Controller.PostalAddress = from.Controller.PostalAddress),
        new("Controller:Contact", o => o.Controller.Contact, (to, from) => to.Controller.Contact = from.Controller.Contact),
        new("Controller:DataProtectionOfficer", o => o.Controller.DataProtectionOfficer, (to, from) => to.Controller.DataProtectionOfficer = from.Controller.DataProtectionOfficer),
        new("Controller:Representative", o => o.Controller.Representative, (to, from) => to.Controller.Representative = from.Controller.Representative),
        new("Controller:TransferSafeguards", o => o.Controller.TransferSafeguards, (to, from) => to.Controller.TransferSafeguards = from.Controller.TransferSafeguards),
        new("Controller:AutomatedDecisionMaking", o => o.Controller.AutomatedDecisionMaking, (to, from) => to.Controller.AutomatedDecisionMaking = from.Controller.AutomatedDecisionMaking),
        new("Controller:DataSource", o => o.Controller.DataSource, (to, from) => to.Controller.DataSource = from.Controller.DataSource),
        new("Controller:EnglishDataSource", o => o.Controller.EnglishDataSource, (to, from) => to.Controller.EnglishDataSource = from.Controller.EnglishDataSource),
        new("Controller:StatementVersion", o => o.Controller.StatementVersion, (to, from) => to.Controller.StatementVersion = from.Controller.StatementVersion),
        new("Controller:StatementDate", o => o.Controller.StatementDate, (to, from) => to.Controller.StatementDate = from.Controller.StatementDate),
        new("Controller:SupervisoryAuthority", o => o.Controller.SupervisoryAuthority, (to, from) => to.Controller.SupervisoryAuthority = from.Controller.SupervisoryAuthority),
    ];
}
