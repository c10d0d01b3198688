import AuthModel

/// Which language authterm speaks: `--lang`, else `lang` in the config file, else the locale's
/// language for messages (`LC_ALL`, else `LC_MESSAGES`, else `LANG`, as the C library takes them).
/// A locale in Japanese (`ja_JP.UTF-8`, `ja`) is Japanese; any other is English.
public enum LanguageChoice {
    public static func resolve(flag: Language?, configFile: Language?, environment: [String: String]) -> Language {
        if let chosen = flag ?? configFile { return chosen }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale.map(language(ofLocale:)) ?? .en
    }

    /// The language of a locale name such as `ja_JP.UTF-8`.
    static func language(ofLocale name: String) -> Language {
        let code = name.prefix { $0 != "_" && $0 != "." && $0 != "@" }
        return Language(rawValue: code.lowercased()) == .ja ? .ja : .en
    }
}

extension LanguageChoice {
    /// The language of the command line's own words (`--help`, errors), found before the arguments
    /// are parsed: `--lang ja` or `--lang=ja` among `arguments`, else the config file, else the locale.
    public static func commandLine(arguments: [String], environment: [String: String]) -> Language {
        let flag = zip(arguments, arguments.dropFirst()).first { $0.0 == "--lang" }?.1
            ?? arguments.first { $0.hasPrefix("--lang=") }.map { String($0.dropFirst("--lang=".count)) }
        let config = try? ConfigFile.load(path: ConfigFile.defaultPath(environment: environment))
        return resolve(flag: flag.flatMap(Language.init(rawValue:)), configFile: config?.lang, environment: environment)
    }
}
