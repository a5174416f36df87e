// The translations are resources of this library; this file gives it an object to link.
namespace open211 {
int i18nLinked = 1;
}
