package io.tokengateway.web.boundary;

import io.tokengateway.platform.control.RequestValidator;
import io.tokengateway.security.control.UserDirectory;
import io.tokengateway.security.entity.NewUser;
import io.tokengateway.security.entity.Role;
import io.tokengateway.web.control.ConsoleAction;
import io.tokengateway.web.entity.ChangeOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Adds a person with a role and a first password. */
@Named
@RequestScoped
public class AddPerson {

    @Inject
    ConsoleAction console;

    @Inject
    UserDirectory users;

    @Inject
    RequestValidator validator;

    private String name;
    private String role = "viewer";
    private String password;

    public void add() {
        console.run(ChangeKinds.people("user.create", "add " + name + " as " + role), () -> {
            NewUser request = validator.check(new NewUser(name, role, password));
            users.add(request.name(), Role.of(request.role()).orElseThrow(), request.password());
            return ChangeOutcome.done("Added " + name);
        });
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
