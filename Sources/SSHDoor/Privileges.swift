#if canImport(Glibc)
import Glibc
#endif

/// The account the door's sessions run as when it is started as root.
public enum Privileges {
    /// Whether this process runs as root.
    public static var isRoot: Bool { geteuid() == 0 }

    /// Becomes `user` for good (its groups, then its group, then its user id), after which root's
    /// powers cannot come back; throws if any step fails or they could.
    public static func become(_ user: String) throws {
        guard let account = getpwnam(user) else { throw SystemFailure("no user named \(user)", code: ENOENT) }
        let uid = account.pointee.pw_uid, gid = account.pointee.pw_gid
        guard uid != 0 else { throw SystemFailure("--user must name an unprivileged account, not \(user)", code: EPERM) }
        guard initgroups(user, gid) == 0 else { throw SystemFailure("cannot take the groups of \(user)") }
        guard setgid(gid) == 0 else { throw SystemFailure("cannot take the group of \(user)") }
        guard setuid(uid) == 0 else { throw SystemFailure("cannot become \(user)") }
        guard setuid(0) != 0 else { throw SystemFailure("root's powers came back after becoming \(user)", code: EPERM) }
    }
}
