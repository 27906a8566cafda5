"""factory_boy factories for the public content, used by tests and fixtures."""

import factory
import wagtail_factories

from . import models


class HomePageFactory(wagtail_factories.PageFactory):
    title = "หน้าแรก"
    slug = "home"
    intro = "ศูนย์ประสานงานด้านเด็กและสตรี"

    class Meta:
        model = models.HomePage


class InformationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"สิทธิของคุณ {n}")
    slug = factory.Sequence(lambda n: f"rights-{n}")
    intro = "ข้อมูลเรื่องสิทธิ"

    class Meta:
        model = models.InformationPage


class ServiceIndexPageFactory(wagtail_factories.PageFactory):
    title = "บริการ"
    slug = "services"

    class Meta:
        model = models.ServiceIndexPage


class ServicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"บริการตัวอย่าง {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    intro = "ช่วยเหลือเด็กและสตรี"
    phones = factory.LazyFunction(
        lambda: [
            {"type": "phone", "value": {"kind": "office", "number": "0 7300 0001"}}
        ]
    )

    class Meta:
        model = models.ServicePage
        skip_postgeneration_save = True

    @factory.post_generation
    def provinces(self, create, extracted, **kwargs):
        if create:
            codes = extracted or ["pattani"]
            self.provinces.set(models.Province.objects.filter(code__in=codes))
            self.save()

    @factory.post_generation
    def help_types(self, create, extracted, **kwargs):
        if create:
            codes = extracted or ["shelter"]
            self.help_types.set(models.HelpType.objects.filter(code__in=codes))
            self.save()


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "ข่าว"
    slug = "news"

    class Meta:
        model = models.NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"ข่าว {n}")
    slug = factory.Sequence(lambda n: f"news-{n}")
    lead = "ข่าวสั้น"

    class Meta:
        model = models.NewsPage


class HotlineFactory(factory.django.DjangoModelFactory):
    name = "ศูนย์ช่วยเหลือสังคม"
    number = factory.Sequence(lambda n: f"1{300 + n}")
    hours = "24 ชั่วโมง"

    class Meta:
        model = models.Hotline
