package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.partnershipworkshop.base.StartupWork;

/**
 * The frame of the signed-in screens: navigation from each view's {@code @Menu}, what a fresh installation is
 * still preparing, language, user menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, StartupWork startup) {
        setPrimarySection(Section.NAVBAR);
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        HorizontalLayout end = new HorizontalLayout(new LanguageSwitch(), userMenu(authentication));
        end.setAlignItems(HorizontalLayout.Alignment.CENTER);
        end.addClassName("navbar-end");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(toggle, appName, new StartupBanner(startup), end);
        addToDrawer(new Scroller(sideNav()));
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            item.setMatchNested(true);
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu(AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        String name = authentication.getPrincipalName().orElse("");
        var item = menu.addItem(name);
        item.getSubMenu().addItem(getTranslation("nav.logout"), e -> authentication.logout());
        return menu;
    }
}
